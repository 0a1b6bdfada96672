export * from './auth.module';
export * from './token.service';
export * from './staff-access.service';
export * from './http/auth.decorators';
export * from './http/auth.guard';
export * from './credentials/password-hash';
