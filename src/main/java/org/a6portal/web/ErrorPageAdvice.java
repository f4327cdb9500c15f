package org.a6portal.web;

import org.a6portal.common.BadRequestException;
import org.a6portal.common.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps the portal's named exceptions to helpful error pages. Everything else falls through to Spring Boot's error
 * handling, which renders {@code templates/error/<status>.html} without a stack trace.
 */
@ControllerAdvice
class ErrorPageAdvice {

	@ExceptionHandler
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(NotFoundException ex) {
		return new ModelAndView(ex.viewName(), ex.model());
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView badRequest(BadRequestException ex) {
		ModelAndView page = new ModelAndView("error/400");
		page.addObject("requested", ex.getRequested());
		page.addObject("reasonKey", ex.messageKey());
		return page;
	}

}
