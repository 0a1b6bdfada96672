import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Acting, AuditService } from '@libs/audit';
import { CustomerFileEventEntity, CustomerProductEntity } from '@libs/database';
import { normaliseCode } from '@libs/domain/customers/customer-search';
import { DomainError, DomainErrorCode } from '@libs/domain/errors/domain-error';
import { pgCode, requireCustomer } from './customer-lookup';
import { CreateCustomerProductDto, CustomerProductDto, mapProduct, UpdateCustomerProductDto } from './dto/customer-product.dto';

type ProductFields = Partial<CreateCustomerProductDto>;

const DATE_FIELDS = ['purchaseDate', 'warrantyEnd', 'nextMaintenanceDate', 'inspectionDueDate', 'insuranceRenewalDate'] as const;

/** products a customer owns, with serial/VIN and plate stored the way A-3 searches them. */
@Injectable()
export class CustomerProductsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Dates must exist on the calendar and a warranty cannot end before the purchase. */
  check(product: ProductFields, prefix = ''): void {
    const name = (field: string) => (prefix ? `${prefix}.${field}` : field);
    for (const field of DATE_FIELDS) {
      const value = product[field];
      if (value && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
        throw new DomainError(DomainErrorCode.Validation, `${name(field)} is not a calendar date`, name(field));
      }
    }
    if (product.purchaseDate && product.warrantyEnd && product.warrantyEnd < product.purchaseDate) {
      throw new DomainError(DomainErrorCode.Validation, `${name('warrantyEnd')} must not be before purchaseDate`, name('warrantyEnd'));
    }
    if (product.model === null) throw new DomainError(DomainErrorCode.Validation, `${name('model')} cannot be cleared`, name('model'));
  }

  async insert(tx: EntityManager, customerId: string, product: CreateCustomerProductDto): Promise<CustomerProductEntity> {
    return tx.save(tx.create(CustomerProductEntity, { customerId, ...this.columns(product), soldVia: product.soldVia ?? 'direct' }));
  }

  async add(acting: Acting, customerNo: string, dto: CreateCustomerProductDto): Promise<CustomerProductDto> {
    this.check(dto);
    return this.dataSource.transaction(async (tx) => {
      const customer = await requireCustomer(tx, customerNo);
      const product = await this.insert(tx, customer.id, dto);
      await this.audit.record(acting, 'customer.product.add', `customer:${customerNo}`, { productId: product.id }, tx);
      return mapProduct(product);
    });
  }

  async update(acting: Acting, customerNo: string, productId: string, dto: UpdateCustomerProductDto): Promise<CustomerProductDto> {
    this.check(dto);
    return this.dataSource.transaction(async (tx) => {
      const product = await this.requireProduct(tx, customerNo, productId);
      const merged = { ...product, ...this.columns(dto) };
      if (merged.purchaseDate && merged.warrantyEnd && merged.warrantyEnd < merged.purchaseDate) {
        throw new DomainError(DomainErrorCode.Validation, 'warrantyEnd must not be before purchaseDate', 'warrantyEnd');
      }
      const saved = await tx.save(CustomerProductEntity, merged);
      await this.audit.record(acting, 'customer.product.update', `customer:${customerNo}`, { productId, fields: Object.keys(dto) }, tx);
      return mapProduct(saved);
    });
  }

  async remove(acting: Acting, customerNo: string, productId: string): Promise<void> {
    await this.dataSource
      .transaction(async (tx) => {
        const product = await this.requireProduct(tx, customerNo, productId);
        await tx.update(CustomerFileEventEntity, { productId: product.id }, { productId: null });
        await tx.delete(CustomerProductEntity, { id: product.id });
        await this.audit.record(acting, 'customer.product.delete', `customer:${customerNo}`, { productId }, tx);
      })
      .catch((error: unknown) => {
        if (pgCode(error) === '23503') throw new DomainError(DomainErrorCode.Conflict, 'the product is still referred to (follow-up plans or calls); it is kept', 'productId');
        throw error;
      });
  }

  private async requireProduct(tx: EntityManager, customerNo: string, productId: string): Promise<CustomerProductEntity> {
    const customer = await requireCustomer(tx, customerNo);
    if (!/^[0-9a-f-]{36}$/i.test(productId)) throw new DomainError(DomainErrorCode.Validation, 'productId must be a UUID', 'productId');
    const product = await tx.findOneBy(CustomerProductEntity, { id: productId, customerId: customer.id });
    if (!product) throw new DomainError(DomainErrorCode.NotFound, `customer ${customerNo} has no product ${productId}`, 'productId');
    return product;
  }

  /** Only the fields given; serial/VIN and plate normalised for A-3. */
  private columns(dto: ProductFields): Partial<CustomerProductEntity> {
    const out: Partial<CustomerProductEntity> = {};
    if (dto.model !== undefined) out.model = dto.model.trim();
    if (dto.serialNo !== undefined) out.serialNo = dto.serialNo ? normaliseCode(dto.serialNo) : null;
    if (dto.plate !== undefined) out.plate = dto.plate ? normaliseCode(dto.plate) : null;
    if (dto.soldVia !== undefined) out.soldVia = dto.soldVia;
    for (const field of DATE_FIELDS) if (dto[field] !== undefined) out[field] = dto[field] ?? null;
    return out;
  }
}
