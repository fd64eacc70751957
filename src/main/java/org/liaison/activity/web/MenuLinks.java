package org.liaison.activity.web;

import org.liaison.activity.ActivityType;
import org.liaison.activity.MenuQuery;

/** Links of the menu's facets: the current filters with one of them set. */
public final class MenuLinks {

	private MenuLinks() {
	}

	public static String area(MenuQuery q, String area) {
		return "/activities" + ActivityPageController.queryString(new MenuQuery(area, q.discipline(), q.type(),
				q.provider(), q.framework(), q.from(), q.to(), q.language(), q.text()));
	}

	public static String discipline(MenuQuery q, String discipline) {
		return "/activities" + ActivityPageController.queryString(new MenuQuery(q.area(), discipline, q.type(),
				q.provider(), q.framework(), q.from(), q.to(), q.language(), q.text()));
	}

	public static String provider(MenuQuery q, String provider) {
		return "/activities" + ActivityPageController.queryString(new MenuQuery(q.area(), q.discipline(), q.type(),
				provider, q.framework(), q.from(), q.to(), q.language(), q.text()));
	}

	public static String type(MenuQuery q, String type) {
		return "/activities" + ActivityPageController.queryString(new MenuQuery(q.area(), q.discipline(),
				ActivityType.valueOf(type), q.provider(), q.framework(), q.from(), q.to(), q.language(), q.text()));
	}

}
