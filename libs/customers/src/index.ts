export * from './customers.module';
export { searchQuery } from './customer-search.service';
export { SearchCustomersQuery } from './dto/search-customers.query';
