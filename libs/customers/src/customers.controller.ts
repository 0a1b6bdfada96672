import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Acting } from '@libs/audit';
import { CurrentActor, Roles } from '@libs/auth/http/auth.decorators';
import { SUPERVISORS_AND_UP } from '@libs/domain/staff/access';
import { CustomerFilesService } from './customer-files.service';
import { CustomerProductsService } from './customer-products.service';
import { CustomerSearchService } from './customer-search.service';
import { CreateCustomerDto, UpdateCustomerDto } from './dto/customer.dto';
import { CreateCustomerProductDto, CustomerProductDto, UpdateCustomerProductDto } from './dto/customer-product.dto';
import { CustomerDetailDto, CustomerListDto } from './dto/customer-response.dto';
import { SearchCustomersQuery } from './dto/search-customers.query';

/** Customer files (A-1..A-4, A-8): every staff role reads and keeps them; only admins remove one. */
@ApiTags('customers')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing or invalid credentials' })
@ApiForbiddenResponse({ description: 'Role not allowed' })
@ApiBadRequestResponse({ description: 'Invalid field; the message names it' })
@Controller('customers')
export class CustomersController {
  constructor(
    private readonly files: CustomerFilesService,
    private readonly searches: CustomerSearchService,
    private readonly products: CustomerProductsService,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: CustomerDetailDto, description: 'A-1 file; A-5 agent chosen when none is given; A-2 event settled' })
  @ApiConflictResponse({ description: 'The customer number exists, or the file event was settled already' })
  create(@CurrentActor() acting: Acting, @Body() dto: CreateCustomerDto): Promise<CustomerDetailDto> {
    return this.files.create(acting, dto);
  }

  @Get()
  @ApiOkResponse({ type: CustomerListDto, description: 'A-3: by date, name, phone, serial/VIN, plate, organisation; newest first' })
  search(@Query() query: SearchCustomersQuery): Promise<CustomerListDto> {
    return this.searches.search(query);
  }

  /** A-3 with the terms in the body: names and phone numbers stay out of URLs, proxies and browser history. */
  @Post('search')
  @HttpCode(200)
  @ApiOkResponse({ type: CustomerListDto, description: 'The same search as GET /customers, with the terms (name, phone, ...) in the body; prefer it for personal data' })
  searchByBody(@Body() terms: SearchCustomersQuery): Promise<CustomerListDto> {
    return this.searches.search(terms);
  }

  @Get(':customerNo')
  @ApiOkResponse({ type: CustomerDetailDto, description: 'The file with products, A-4 completeness, service history and A-2 events' })
  @ApiNotFoundResponse({ description: 'No such customer' })
  get(@Param('customerNo') customerNo: string): Promise<CustomerDetailDto> {
    return this.files.get(customerNo);
  }

  @Patch(':customerNo')
  @ApiOkResponse({ type: CustomerDetailDto, description: 'A-8: applied at once' })
  @ApiNotFoundResponse({ description: 'No such customer' })
  update(@CurrentActor() acting: Acting, @Param('customerNo') customerNo: string, @Body() dto: UpdateCustomerDto): Promise<CustomerDetailDto> {
    return this.files.update(acting, customerNo, dto);
  }

  @Delete(':customerNo')
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Removed with its products' })
  @ApiConflictResponse({ description: 'The customer has service history' })
  remove(@CurrentActor() acting: Acting, @Param('customerNo') customerNo: string): Promise<void> {
    return this.files.remove(acting, customerNo);
  }

  @Post(':customerNo/products')
  @ApiCreatedResponse({ type: CustomerProductDto })
  addProduct(@CurrentActor() acting: Acting, @Param('customerNo') customerNo: string, @Body() dto: CreateCustomerProductDto): Promise<CustomerProductDto> {
    return this.products.add(acting, customerNo, dto);
  }

  @Patch(':customerNo/products/:productId')
  @ApiOkResponse({ type: CustomerProductDto })
  updateProduct(
    @CurrentActor() acting: Acting,
    @Param('customerNo') customerNo: string,
    @Param('productId') productId: string,
    @Body() dto: UpdateCustomerProductDto,
  ): Promise<CustomerProductDto> {
    return this.products.update(acting, customerNo, productId, dto);
  }

  @Delete(':customerNo/products/:productId')
  @Roles(...SUPERVISORS_AND_UP)
  @ApiConflictResponse({ description: 'The product is still referred to by follow-up plans or calls; it is kept' })
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Supervisors and up: a product leaves the file only by their decision' })
  removeProduct(@CurrentActor() acting: Acting, @Param('customerNo') customerNo: string, @Param('productId') productId: string): Promise<void> {
    return this.products.remove(acting, customerNo, productId);
  }
}
