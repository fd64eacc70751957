/**
 * A partnership as a whole: the public relations page of each partner ("NATO's relations
 * with Serbia"), assembled from {@code PUBLIC} records only, in HTML and JSON, with the
 * public index of partners; and the signed-in overview of a partner's record. Owns no
 * data: it reads the other modules' APIs with the reader's audience.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "web", "partner", "directory", "agreement", "dialogue", "timeline",
		"fund", "science", "activity", "plan" })
package org.liaison.publication;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
