package org.a6portal.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat settings for serving whole pages from memory. Tomcat copies a response into a per-connection write buffer
 * of 8 KB by default and writes the socket each time it fills, so a 28 KB country page took four writes; a buffer
 * that holds a whole page sends headers and body in one. {@code portal.http.write-buffer} sets it (32 KB in application.yml,
 * held per open connection, on the heap).
 */
@Configuration(proxyBeanMethods = false)
class ConnectorTuning {

	@Bean
	TomcatConnectorCustomizer wholePagesInOneWrite(@Value("${portal.http.write-buffer:32KB}") DataSize writeBuffer) {
		return (connector) -> connector.setProperty("socket.appWriteBufSize", String.valueOf(writeBuffer.toBytes()));
	}

}
