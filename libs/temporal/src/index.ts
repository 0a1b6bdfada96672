export * from './conventions';
export * from './search-attributes';
export * from './connection';
export * from './register-search-attributes';
export * from './temporal-client.module';
