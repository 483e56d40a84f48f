package org.citybridge.gateway.security;

import org.springframework.core.convert.converter.Converter;

/** Lets configuration list public endpoints as plain "METHOD /path" strings, in YAML or one env variable. */
class PublicEndpointConverter implements Converter<String, PublicEndpoint> {

    @Override
    public PublicEndpoint convert(String source) {
        return PublicEndpoint.parse(source);
    }
}
