export * from './status'
export * from './textFields'
export * from './query'
