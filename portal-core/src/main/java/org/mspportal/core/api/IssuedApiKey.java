package org.mspportal.core.api;

/** A newly issued key: shown once to the administrator, then only its hash remains. */
public record IssuedApiKey(String clientId, String name, String key) {

    @Override
    public String toString() {
        return "IssuedApiKey[" + clientId + "]";
    }
}
