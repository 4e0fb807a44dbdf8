export * from "./prng";
export * from "./names";
export * from "./tendency";
export * from "./organisation";
export * from "./answers";
export * from "./plan";
