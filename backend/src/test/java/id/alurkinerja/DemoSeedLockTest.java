package id.alurkinerja;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.alurkinerja.demo.DemoSeeder;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two instances starting on one empty database seed it one after the other, under the seed lock. */
@QuarkusTest
class DemoSeedLockTest {

  @Inject DemoSeeder seeder;
  @Inject EntityManager em;

  @Test
  void seedingWaitsForTheInstanceHoldingTheSeedLock() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    long[] releasedAt = new long[1];
    CompletableFuture<Void> other = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
      em.createNativeQuery("SELECT name FROM startup_lock WHERE name = 'demo-seed' FOR UPDATE").getResultList();
      held.countDown();
      try {
        Thread.sleep(1_500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      releasedAt[0] = System.nanoTime();
    }));
    assertTrue(held.await(10, TimeUnit.SECONDS));
    seeder.seedOnce(); // the demo kecamatan exists already: this returns as soon as it has the lock
    long done = System.nanoTime();
    other.get(10, TimeUnit.SECONDS);
    assertTrue(done >= releasedAt[0], "seeding went ahead while another instance held the seed lock");
  }
}
