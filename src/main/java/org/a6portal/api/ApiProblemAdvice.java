package org.a6portal.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.a6portal.common.BadRequestException;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.NotFoundException;
import org.a6portal.cooperation.ApproachStatus;
import org.a6portal.cooperation.Instrument;
import org.a6portal.cooperation.PartyRole;
import org.a6portal.country.NoSuchCountryException;
import org.a6portal.country.Region;
import org.a6portal.ndc.TargetType;
import org.a6portal.pacm.ActivityForm;
import org.a6portal.pacm.Origin;
import org.a6portal.pacm.Stage;
import org.a6portal.sustainabledevelopment.ReviewStatus;
import org.a6portal.web.DatabaseOutage;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's errors as RFC 9457 problem details ({@code application/problem+json}), never a stack trace; the HTML
 * error pages elsewhere stay as they are. Ordered first, so it answers for the API's controllers before the
 * portal's error-page advice does. Also reads the filter parameters that name coded enumerations.
 */
@RestControllerAdvice(basePackages = "org.a6portal.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger failures = LoggerFactory.getLogger(ApiProblemAdvice.class);

	/** The enumerations the API's filters name by code. */
	static final List<Class<? extends CodedEnum>> FILTER_ENUMS = List.of(Region.class, ApproachStatus.class,
			Instrument.class, Stage.class, Origin.class, TargetType.class, ReviewStatus.class, ActivityForm.class,
			PartyRole.class);

	@InitBinder
	void codedEnums(WebDataBinder binder) {
		FILTER_ENUMS.forEach((type) -> binder.registerCustomEditor(type, new CodedEnumEditor(type)));
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	@ApiResponse(responseCode = "400", description = "A filter or paging parameter has a value the API cannot use",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ProblemDetail invalidParameter(InvalidParameterException ex) {
		return parameterProblem(ex.getParameter(), ex.getValue(), ex.getMessage(), ex.getAllowedValues());
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		String parameter = ex.getName();
		String value = (ex.getValue() != null) ? CountryLookup.abbreviate(ex.getValue().toString()) : "";
		Class<?> type = ex.getRequiredType();
		if (type != null && CodedEnum.class.isAssignableFrom(type)) {
			List<String> allowed = Codes.all(type);
			return parameterProblem(parameter, value, "Unknown " + parameter + " '" + value + "'; " + parameter
					+ " must be one of: " + String.join(", ", allowed) + ".", allowed);
		}
		if (type == int.class || type == Integer.class) {
			return parameterProblem(parameter, value, parameter + " must be a whole number, not '" + value + "'.", List.of());
		}
		return parameterProblem(parameter, value, "The value '" + value + "' of " + parameter + " cannot be read.", List.of());
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	@ApiResponse(responseCode = "404", description = "No country answers to the code or name",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ProblemDetail noSuchCountry(NoSuchCountryException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No country has the code or name '" + CountryLookup.abbreviate(ex.getRequested()) + "'.");
		problem.setTitle("Unknown country");
		problem.setProperty("code", ex.getRequested());
		problem.setProperty("closeMatches", ex.getCloseMatches()
			.stream()
			.map((country) -> new CloseMatch(country.getCode(), country.getNameEn(),
					"/api/v1/countries/" + country.getCode()))
			.toList());
		return problem;
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ProblemDetail badRequest(BadRequestException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage() + ".");
		problem.setTitle("Bad request");
		return problem;
	}

	/** The database cannot be reached: 503 with a Retry-After, anything else is a 500. */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	@ApiResponse(responseCode = "503", description = "The database is briefly unavailable; try again after Retry-After seconds",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<ProblemDetail> databaseFailure(RuntimeException ex, HttpServletRequest request) {
		if (!DatabaseOutage.causedBy(ex)) {
			return ResponseEntity.internalServerError().body(unexpected(ex, request));
		}
		failures.warn("API request {} answered 503: the database is unavailable", request.getRequestURI());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.DETAIL);
		problem.setTitle(DatabaseOutage.TITLE);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, DatabaseOutage.retryAfter())
			.cacheControl(CacheControl.noStore())
			.body(problem);
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
	@ApiResponse(responseCode = "500", description = "The server failed; the problem says no more",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
	ProblemDetail unexpected(Exception ex, HttpServletRequest request) {
		failures.error("API request {} failed", request.getRequestURI(), ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The server could not answer this request. Please try again later.");
		problem.setTitle("Internal server error");
		return problem;
	}

	private static ProblemDetail parameterProblem(String parameter, @Nullable String value,
			@Nullable String detail, List<String> allowed) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid parameter");
		problem.setType(URI.create("/api#errors"));
		problem.setProperty("parameter", parameter);
		problem.setProperty("value", value);
		if (!allowed.isEmpty()) {
			problem.setProperty("allowedValues", allowed);
		}
		return problem;
	}

	/**
	 * A country whose code or name is close to an unknown one.
	 *
	 * @param code its lower-case alpha-2 code
	 * @param name its English name
	 * @param href its API resource
	 */
	record CloseMatch(String code, String name, String href) {
	}

}
