package org.speakup.load;

import java.net.http.HttpResponse;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * One client practising: signs up and in (not measured), waits for the others, then plays
 * role-plays back to back, one turn after another, until the run ends. A turn is the reply
 * (analysis, encrypted save, safety check, feedback page) and the answer (counterpart, turn saved).
 */
final class VirtualUser implements Runnable {

    static final String PASSWORD = "Maple-Orbit-Tundra-77";

    /** Adult and workplace scenarios, so every client may open them. */
    private static final List<String> SCENARIOS = List.of(
            "work-cover-client-call",
            "work-leave-dates",
            "work-pay-rise",
            "work-launch-date-disagree",
            "family-brother-loan-again",
            "friends-car-returned-empty",
            "partner-housework-split",
            "services-wrong-order",
            "services-gym-cancellation",
            "online-neighbourhood-group-oak-tree");

    /** When measuring starts and the run ends (System.nanoTime), and the hard cap on requests. */
    static final class Schedule {
        volatile long measureFrom = Long.MAX_VALUE;
        volatile long until = Long.MAX_VALUE;
        final AtomicLong requests = new AtomicLong();
        final long maxRequests;

        Schedule(long maxRequests) {
            this.maxRequests = maxRequests;
        }

        boolean running() {
            return System.nanoTime() < until && requests.get() < maxRequests;
        }
    }

    private final Browser browser;
    private final String email;
    private final Schedule schedule;
    private final CyclicBarrier start;
    private final long thinkMillis;
    private final long warmUpThinkMillis;
    private final Latencies latencies = new Latencies();
    private @Nullable String sessionPath;
    /** When the current step (a start, or a turn with its pages) began: steps begun in the warm-up are not measured. */
    private long stepBegan;

    VirtualUser(
            Browser browser,
            String email,
            Schedule schedule,
            CyclicBarrier start,
            long thinkMillis,
            long warmUpThinkMillis) {
        this.browser = browser;
        this.email = email;
        this.schedule = schedule;
        this.start = start;
        this.thinkMillis = thinkMillis;
        this.warmUpThinkMillis = warmUpThinkMillis;
    }

    Latencies latencies() {
        return latencies;
    }

    @Override
    public void run() {
        boolean ready = signUpAndIn();
        try {
            start.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            return;
        }
        if (!ready) {
            return;
        }
        while (schedule.running()) {
            try {
                stepBegan = System.nanoTime();
                if (sessionPath == null) {
                    startSession();
                } else {
                    turn();
                }
                think();
            } catch (Exception e) {
                latencies.count("error: " + e);
                sessionPath = null;
            }
        }
    }

    private boolean signUpAndIn() {
        try {
            browser.get("/sign-up");
            var signedUp = browser.post(
                    "/sign-up",
                    Map.of(
                            "email",
                            email,
                            "displayName",
                            "Load tester",
                            "password",
                            PASSWORD,
                            "birthYear",
                            String.valueOf(Year.now().getValue() - 30)));
            browser.get("/sign-in");
            var signedIn = browser.post("/sign-in", Map.of("email", email, "password", PASSWORD));
            if (!Browser.location(signedUp).equals("/sign-in")
                    || !Browser.location(signedIn).equals("/home")) {
                latencies.count("error: sign-up or sign-in refused");
                return false;
            }
            return true;
        } catch (Exception e) {
            latencies.count("error: sign-up " + e);
            return false;
        }
    }

    private void startSession() throws Exception {
        String scenario = SCENARIOS.get(ThreadLocalRandom.current().nextInt(SCENARIOS.size()));
        browser.get("/practice/scenarios/" + scenario); // the form and its token, as a browser would
        var started = timed(
                "start",
                () -> browser.post(
                        "/practice/scenarios/" + scenario, Map.of("priority", "OBJECTIVE", "anxietyBefore", "50")));
        expect(started, 302, "start");
        sessionPath = Browser.location(started);
        expect(timed("page", () -> browser.get(sessionPath)), 200, "page");
    }

    private void turn() throws Exception {
        String path = sessionPath;
        long begin = System.nanoTime();
        var replied = timed("reply", () -> browser.post(path + "/reply", Map.of("reply", Replies.next())));
        expect(replied, 200, "reply");
        if (replied.body().contains("id=\"safety-panel\"")) {
            latencies.count("safety pause");
        }
        var answered = timed("answer", () -> browser.post(path + "/answer", Map.of()));
        expect(answered, 302, "answer");
        if (stepBegan >= schedule.measureFrom) {
            latencies.record("turn", (System.nanoTime() - begin) / 1000);
        }
        var page = timed("page", () -> browser.get(path));
        if (page.statusCode() == 302 && Browser.location(page).endsWith("/summary")) {
            expect(timed("summary", () -> browser.get(path + "/summary")), 200, "summary");
            latencies.count("sessions finished");
            sessionPath = null;
        } else {
            expect(page, 200, "page");
        }
    }

    private interface Request {
        HttpResponse<String> send() throws Exception;
    }

    /** Sends and, if its step began after the warm-up, records how long the request took. */
    private HttpResponse<String> timed(String kind, Request request) throws Exception {
        schedule.requests.incrementAndGet();
        long begin = System.nanoTime();
        HttpResponse<String> response = request.send();
        if (stepBegan >= schedule.measureFrom) {
            latencies.record(kind, (System.nanoTime() - begin) / 1000);
        }
        return response;
    }

    private void expect(HttpResponse<String> response, int status, String kind) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(kind + " answered " + response.statusCode());
        }
    }

    /** Pauses between steps: the warm-up's pace until the measurement starts, then the measured pace. */
    private void think() throws InterruptedException {
        long pause = System.nanoTime() < schedule.measureFrom ? warmUpThinkMillis : thinkMillis;
        if (pause > 0) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(pause / 2, pause * 3 / 2 + 1));
        }
    }
}
