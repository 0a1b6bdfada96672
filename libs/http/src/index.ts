export * from './global-exception.filter';
export * from './validation';
export * from './swagger';
export * from './listen';
export * from './page.query';
export * from './error-body';
export * from './api-formats';
