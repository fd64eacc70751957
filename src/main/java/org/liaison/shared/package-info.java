/**
 * Value types every module speaks: nations, partial dates, money, releasability, the
 * audience a read is made for, typed ids, the errors a module service may raise, and the
 * rules every reference list follows ({@link org.liaison.shared.ReferenceList}). No beans
 * live here.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.liaison.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
