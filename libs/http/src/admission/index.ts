export * from './admission-queue';
export * from './admission-middleware';
