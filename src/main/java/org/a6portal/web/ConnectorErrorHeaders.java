package org.a6portal.web;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's error report for what it rejects before the application sees it (a malformed URI such as
 * {@code /countries/%} is a 400 from the connector): the same security headers as every other response, no stack
 * trace, no server version. It takes the place of the error report valve Spring Boot puts on the host.
 */
class ConnectorErrorHeaders extends ErrorReportValve {

	ConnectorErrorHeaders() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		if (response.getStatus() >= 400 && !response.isCommitted() && response.getContentWritten() == 0) {
			SecurityHeadersFilter.apply(response, false);
			response.setHeader("Cache-Control", PublicCaching.NO_STORE);
		}
		super.report(request, response, throwable);
	}

	/** Whether a host valve is an error report valve other than this one. */
	static boolean isOtherErrorReport(Valve valve) {
		return valve instanceof ErrorReportValve && !(valve instanceof ConnectorErrorHeaders);
	}

}
