export * from './protocol';
export * from './signature';
export * from './secrets';
export * from './answer';
export * from './settings';
export * from './ports';
