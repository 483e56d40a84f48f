package org.citybridge.gateway.body;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The largest request body the gateway passes on.
 *
 * @param maxSize every body except uploads; the API's JSON documents are a few KB
 * @param uploadMaxSize multipart bodies (organisation logos, practice attachments, study documents): at least
 *        the largest upload a service accepts (knowledge's 12 MB request), so the service's own, more specific
 *        answer still reaches the client
 */
@Validated
@ConfigurationProperties("citybridge.gateway.request-body")
public record RequestBodyLimits(
        @NotNull @DefaultValue("1MB") DataSize maxSize,
        @NotNull @DefaultValue("12MB") DataSize uploadMaxSize) {
}
