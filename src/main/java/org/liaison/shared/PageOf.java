package org.liaison.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with what a pager needs. Pages are numbered from 0.
 */
public record PageOf<T>(List<T> items, int page, int size, long total) {

	public static final int DEFAULT_SIZE = 25;

	public static final int MAX_SIZE = 200;

	public int pages() {
		return size == 0 ? 0 : (int) ((total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public <R> PageOf<R> map(Function<T, R> mapper) {
		return new PageOf<>(items.stream().map(mapper).toList(), page, size, total);
	}

	/** A page request as received from a URL, kept within sane bounds. */
	public record Request(int page, int size) {

		public Request {
			page = Math.max(page, 0);
			size = size <= 0 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
		}

		public static Request first() {
			return new Request(0, DEFAULT_SIZE);
		}

		public long offset() {
			return (long) page * size;
		}

	}

}
