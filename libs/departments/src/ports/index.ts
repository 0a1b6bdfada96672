export * from './courier.port';
export * from './finance.port';
export * from './quality.port';
export * from './sales.port';
