package org.sijill.api;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Every row of a collection, read a batch at a time, each batch in its own short read transaction: an export of any
 * size keeps one batch in memory and holds no database connection while the client reads.
 */
@FunctionalInterface
public interface Batches<T> extends Iterable<List<T>> {

    int SIZE = 500;

    /** Rows already in hand, as one batch. */
    static <T> Batches<T> of(List<T> rows) {
        return new Batches<>() {
            @Override
            public List<T> fetch(int offset, int limit) {
                return offset == 0 ? rows : List.of();
            }

            @Override
            public Iterator<List<T>> iterator() {
                return List.of(rows).iterator();
            }
        };
    }

    /** The rows at {@code offset}, at most {@code limit} of them, in the collection's stable order. */
    List<T> fetch(int offset, int limit);

    @Override
    default Iterator<List<T>> iterator() {
        return new Iterator<>() {
            private int offset;
            private List<T> next = read();

            private List<T> read() {
                List<T> batch = QuarkusTransaction.requiringNew().call(() -> fetch(offset, SIZE));
                offset += batch.size();
                return batch;
            }

            @Override
            public boolean hasNext() {
                return !next.isEmpty();
            }

            @Override
            public List<T> next() {
                if (next.isEmpty()) {
                    throw new NoSuchElementException();
                }
                List<T> current = next;
                next = current.size() < SIZE ? List.of() : read();
                return current;
            }
        };
    }
}
