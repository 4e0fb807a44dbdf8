// The CSP nonce of the current request, from entry.server to <Scripts>. On the client the
// browser hides nonces, so the context is empty there, which is fine after hydration.
import { createContext, useContext } from "react";

export const NonceContext = createContext<string>("");
export const NonceProvider = NonceContext.Provider;
export const useNonce = () => useContext(NonceContext);
