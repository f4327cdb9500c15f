/**
 * {@code /api/v1/cooperative-approaches}: published Article 6.2 cooperative approaches with their Parties, sectors,
 * mitigation activities and ITMO transfers, as JSON and CSV.
 */
@NullMarked
package org.a6portal.api.cooperation;

import org.jspecify.annotations.NullMarked;
