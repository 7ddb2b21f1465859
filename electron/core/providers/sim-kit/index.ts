export * from './faults';
export * from './sim-request';
export * from './sim-server';
export { deliverCallback } from './callbacks';
