/**
 * MVC plumbing every page shares: language selection, security headers, error pages.
 */
@NullMarked
package org.a6portal.web;

import org.jspecify.annotations.NullMarked;
