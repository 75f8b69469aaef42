/** A catalogue with the same keys as the French one, any text as values. */
export type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };
