import { BadRequestException } from '@nestjs/common';
import { IsInt, IsOptional, IsString } from 'class-validator';
import { NestedObject, NestedObjects } from './nested';
import { createValidationPipe } from './validation';

class PartDto {
  @IsString() partNo: string;
  @IsInt() quantity: number;
}

class ShipmentDto {
  @NestedObjects(() => PartDto) parts: PartDto[];
  @IsOptional() @NestedObject(() => PartDto) spare?: PartDto;
}

describe('nested body fields', () => {
  const pipe = createValidationPipe();
  const refusal = (value: unknown) =>
    pipe.transform(value, { type: 'body', metatype: ShipmentDto }).then(
      () => undefined,
      (e: unknown) => (e as BadRequestException).getResponse(),
    );

  // An empty list where an object belongs used to pass validation and reach the service as `[]`.
  it.each([[[[]]], [[[{ partNo: 'A', quantity: 1 }]]], [['x']], [[null]], [[1]]])('refuses parts: %j, naming the field', async (parts) => {
    expect(await refusal({ parts })).toMatchObject({ code: 'VALIDATION_FAILED', fields: expect.arrayContaining(['parts']) });
  });

  it.each([[[]], ['x'], [[{ partNo: 'A', quantity: 1 }]]])('refuses spare: %j where one object belongs', async (spare) => {
    expect(await refusal({ parts: [{ partNo: 'A', quantity: 1 }], spare })).toMatchObject({ fields: ['spare'], message: expect.arrayContaining(['spare must be an object']) });
  });

  it('still validates the fields inside each object, and passes a clean body', async () => {
    expect(await refusal({ parts: [{ partNo: 'A', quantity: 'one' }] })).toMatchObject({ fields: ['parts.0.quantity'] });
    await expect(pipe.transform({ parts: [{ partNo: 'A', quantity: 1 }], spare: { partNo: 'B', quantity: 2 } }, { type: 'body', metatype: ShipmentDto })).resolves.toBeInstanceOf(ShipmentDto);
  });
});
