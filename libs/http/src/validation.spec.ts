import { BadRequestException } from '@nestjs/common';
import { IsString } from 'class-validator';
import { createValidationPipe, forbiddenKeyPath } from './validation';

class NoteDto {
  @IsString() text: string;
}

describe('validation pipe', () => {
  const pipe = createValidationPipe();
  const body = { type: 'body' as const, metatype: NoteDto };

  it.each(['constructor', '__proto__', 'prototype'])('refuses a body with a %s key, naming it', async (key) => {
    const value = JSON.parse(`{"text": "hi", "${key}": {"role": "admin"}}`);
    const error = await pipe.transform(value, body).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestException);
    expect((error as BadRequestException).getResponse()).toEqual({ code: 'VALIDATION_FAILED', message: [`property ${key} should not exist`], fields: [key] });
  });

  it('finds a forbidden key nested in arrays and objects', () => {
    expect(forbiddenKeyPath(JSON.parse('{"items": [{"sku": "A"}, {"constructor": 1}]}'))).toBe('items.1.constructor');
    expect(forbiddenKeyPath({ items: [{ sku: 'A' }], note: 'constructor' })).toBeUndefined();
  });

  it('still refuses other unknown fields and passes a clean body', async () => {
    await expect(pipe.transform({ text: 'hi', isAdmin: true }, body)).rejects.toBeInstanceOf(BadRequestException);
    await expect(pipe.transform({ text: 'hi' }, body)).resolves.toMatchObject({ text: 'hi' });
  });
});
