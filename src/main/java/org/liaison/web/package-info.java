/**
 * What every page and endpoint shares and no module owns: the page layout and its
 * per-request context ({@link org.liaison.web.Ui}), the translation of module errors into
 * error pages and RFC 9457 problem details, the locale, and the endpoints and page that
 * every reference list has. No business rules live here.
 */
@NullMarked
@ApplicationModule(allowedDependencies = "shared")
package org.liaison.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
