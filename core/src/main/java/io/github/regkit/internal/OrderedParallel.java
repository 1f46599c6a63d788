package io.github.regkit.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Maps a stream of items on several threads and hands the results on in input order, in bounded
 * memory: items go in chunks (so a task is worth scheduling), and at most a few chunks per thread
 * are in flight; the caller's thread reads, waits for the oldest chunk and hands on its results.
 */
public final class OrderedParallel {
  /** Items per chunk: enough that scheduling costs little next to tens of microseconds each. */
  static final int CHUNK_ITEMS = 256;
  /** Weight (characters) per chunk, so that chunks of long lines stay small. */
  static final int CHUNK_WEIGHT = 1 << 20;
  /** Chunks in flight per thread: keeps every thread busy while the caller hands results on. */
  static final int CHUNKS_PER_THREAD = 4;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private OrderedParallel() {}

  public static <T, R> void run(Iterator<T> input, Function<? super T, ? extends R> work, ToIntFunction<? super T> weight,
      Consumer<? super R> sink, int threads) {
    if (threads <= 1) {
      while (input.hasNext()) {
        sink.accept(work.apply(input.next()));
      }
      return;
    }
    int pool = POOLS.incrementAndGet();
    AtomicInteger count = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "regkit-batch-" + pool + "-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    ExecutorService executor = Executors.newFixedThreadPool(threads, factory);
    ArrayDeque<Future<List<R>>> window = new ArrayDeque<>();
    try {
      while (input.hasNext()) {
        List<T> chunk = new ArrayList<>();
        long chunkWeight = 0;
        while (input.hasNext() && chunk.size() < CHUNK_ITEMS && chunkWeight < CHUNK_WEIGHT) {
          T item = input.next();
          chunk.add(item);
          chunkWeight += weight.applyAsInt(item);
        }
        window.add(executor.submit(() -> {
          List<R> out = new ArrayList<>(chunk.size());
          for (T item : chunk) {
            out.add(work.apply(item));
          }
          return out;
        }));
        if (window.size() >= threads * CHUNKS_PER_THREAD) {
          drainOne(window, sink);
        }
      }
      while (!window.isEmpty()) {
        drainOne(window, sink);
      }
    } finally {
      window.forEach(f -> f.cancel(true));
      executor.shutdownNow();
    }
  }

  private static <R> void drainOne(ArrayDeque<Future<List<R>>> window, Consumer<? super R> sink) {
    List<R> results;
    try {
      results = window.remove().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while assessing an inventory", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
    results.forEach(sink);
  }
}
