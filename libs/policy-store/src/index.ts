export * from './versioned-policy-store';
