package org.liaison.shared;

import java.util.ArrayList;
import java.util.List;

import org.liaison.shared.InvalidInputException.Problem;

/**
 * What a module's import of many records at once did: how many records it wrote, how many
 * it found already as given, and the problems of each refused record by its place in the
 * list it was given, so that the caller can name the record (by its JSON path, in a
 * dossier). The records without problems are written all the same, as an import record by
 * record would have written them, so that the records after them find what they name; a
 * caller that meets any problem undoes the whole transaction.
 */
public final class BatchImport {

	private int written;

	private int unchanged;

	private final List<RecordProblem> problems = new ArrayList<>();

	/**
	 * A problem of the record at this place of the list; a field left empty concerns the
	 * whole record.
	 */
	public record RecordProblem(int index, Problem problem) {
	}

	public void wrote() {
		written++;
	}

	public void foundUnchanged() {
		unchanged++;
	}

	public void refuse(int index, List<Problem> found) {
		found.forEach(problem -> problems.add(new RecordProblem(index, problem)));
	}

	/** Refuses the whole record, for a reason no one field of it gives. */
	public void refuse(int index, String message) {
		problems.add(new RecordProblem(index, new Problem("", message)));
	}

	public int written() {
		return written;
	}

	public int unchanged() {
		return unchanged;
	}

	public List<RecordProblem> problems() {
		return problems;
	}

}
