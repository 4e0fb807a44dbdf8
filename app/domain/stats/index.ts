export * from "./intervals";
export * from "./ranking";
export * from "./student-t";
