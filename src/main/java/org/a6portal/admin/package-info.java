/**
 * What every part of the editors' admin section shares: security (sign-in, roles, throttling), the editor accounts,
 * the generic record-editing service with history, conflict detection and content-health warnings, and the layout.
 */
@NullMarked
package org.a6portal.admin;

import org.jspecify.annotations.NullMarked;
