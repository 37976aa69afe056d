// prep's Java runtime (PrepRt.java in the build): the token reader, the JSON writer, the
// records on fd 3 and the bookkeeping of one case. The generated PrepMain.java reads each
// parameter with these readers, calls the user's code between begin() and stop(), and writes
// the judged value with these writers. Java 11 compatible; no lambdas and no string `+` here
// (javac runs with -XDstringConcat=inline), so nothing bootstraps invokedynamic at start-up.
import java.io.ByteArrayInputStream;
import java.io.BufferedOutputStream;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/** The judged value cannot be encoded (a cycle, a non-finite double). */
final class PrepBadOutput extends RuntimeException {
    PrepBadOutput(String why) {
        super(why, null, false, false);
    }
}

/** Thrown out of the user's print once a case printed more than the judge keeps. */
final class PrepOutputLimit extends Error {
    PrepOutputLimit() {
        super("printed more than the output limit", null, false, false);
    }
}

/** A case's stdout file; past the judge's cap (the header's `stdout_cap`) printing ends the
 * case. PrintStream would swallow the file-size limit's IOException and let a print loop run
 * on. */
final class PrepCappedOut extends java.io.OutputStream {
    static long CAP;
    private final FileOutputStream file;
    private long written;

    PrepCappedOut(FileOutputStream file) {
        this.file = file;
    }

    @Override
    public void write(int b) throws IOException {
        file.write(b);
        if (++written > CAP) {
            throw new PrepOutputLimit();
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        file.write(b, off, len);
        written += len;
        if (written > CAP) {
            throw new PrepOutputLimit();
        }
    }

    @Override
    public void flush() throws IOException {
        file.flush();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}

final class PrepRt {
    private PrepRt() {}

    /** The case thread's stack, the header's `case_stack`: deep recursion (a path-shaped
     * tree of 10^5 nodes) must work; java/mod.rs (STACK_MIB) says why it is not larger. */
    static long STACK;

    static String display;
    static String userFile;
    private static FileOutputStream records;
    private static PrintStream realOut;
    private static java.lang.management.ThreadMXBean threads;

    // ---- the token stream

    private static byte[] in;
    private static int pos;

    /** Starts the run: the `loaded` record, all of stdin read, the header line skipped. */
    static void start(String[] args) throws IOException {
        display = args[0];
        userFile = args[1];
        records = new FileOutputStream("/proc/self/fd/3");
        realOut = System.out;
        record("{\"ev\":\"loaded\"}");
        threads = threadBean();
        in = System.in.readAllBytes();
        System.setIn(new ByteArrayInputStream(new byte[0]));
        pos = 0;
        while (pos < in.length && in[pos] != '\n') {
            pos++;
        }
        String header = new String(in, 0, pos, java.nio.charset.StandardCharsets.UTF_8);
        STACK = headerNumber(header, "case_stack");
        PrepCappedOut.CAP = headerNumber(header, "stdout_cap");
        // A case that ends the JVM (System.exit) keeps what it printed.
        Runtime.getRuntime().addShutdownHook(new Thread() {
            @Override
            public void run() {
                System.out.flush();
            }
        });
    }

    /** A whole-number field at the top level of the header line (judge/protocol.rs). The
     * signature comes first and holds no such key, so the last match is the field. */
    private static long headerNumber(String header, String key) {
        int at = header.lastIndexOf("\"" + key + "\":");
        if (at < 0) {
            throw new IllegalStateException("the header has no " + key);
        }
        int i = at + key.length() + 3;
        long n = 0;
        while (i < header.length() && Character.isDigit(header.charAt(i))) {
            n = n * 10 + (header.charAt(i++) - '0');
        }
        return n;
    }

    /** The management bean without the cost of ManagementFactory's start-up (~40 ms). */
    private static java.lang.management.ThreadMXBean threadBean() {
        try {
            Object bean = Class.forName("sun.management.ManagementFactoryHelper")
                    .getMethod("getThreadMXBean").invoke(null);
            return (java.lang.management.ThreadMXBean) bean;
        } catch (Throwable e) {
            return java.lang.management.ManagementFactory.getThreadMXBean();
        }
    }

    private static void skip() {
        while (pos < in.length && (in[pos] == ' ' || in[pos] == '\n')) {
            pos++;
        }
    }

    static long i64() {
        skip();
        boolean negative = false;
        if (in[pos] == '-') {
            negative = true;
            pos++;
        }
        long v = 0;
        while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
            v = v * 10 - (in[pos++] - '0');
        }
        return negative ? v : -v;
    }

    static int i32() {
        return (int) i64();
    }

    /** A uint32 arrives as 0..2^32-1 and is passed as Java's int (LeetCode's bits problems). */
    static int u32() {
        return (int) i64();
    }

    static int len() {
        return (int) i64();
    }

    static boolean bool() {
        return i64() != 0;
    }

    static double f64() {
        skip();
        int start = pos;
        while (pos < in.length && in[pos] != ' ' && in[pos] != '\n') {
            pos++;
        }
        return Double.parseDouble(new String(in, start, pos - start, StandardCharsets.ISO_8859_1));
    }

    static String str() {
        int n = len();
        pos++; // the one space before the bytes
        String s = new String(in, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    static char chr() {
        String s = str();
        return s.isEmpty() ? '\0' : s.charAt(0);
    }

    /** A tree entry: an int, or `n` for a null. */
    static Integer maybeInt() {
        skip();
        if (in[pos] == 'n') {
            pos++;
            return null;
        }
        return i32();
    }

    // ---- the JSON writer

    static void w(StringBuilder o, int v) {
        o.append(v);
    }

    static void w(StringBuilder o, long v) {
        o.append(v);
    }

    static void wu32(StringBuilder o, int v) {
        o.append(Integer.toUnsignedLong(v));
    }

    static void w(StringBuilder o, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new PrepBadOutput("the answer holds a non-finite double (".concat(Double.toString(v)).concat(")"));
        }
        // Double.toString is the shortest form that reads back as the same double.
        o.append(v);
    }

    static void w(StringBuilder o, boolean v) {
        o.append(v ? "true" : "false");
    }

    static void w(StringBuilder o, char v) {
        o.append('"');
        esc(o, v);
        o.append('"');
    }

    static void w(StringBuilder o, String v) {
        if (v == null) {
            o.append("null");
            return;
        }
        o.append('"');
        for (int i = 0; i < v.length(); i++) {
            esc(o, v.charAt(i));
        }
        o.append('"');
    }

    // Boxed values (elements of lists, arguments of design calls): null stays null.
    static void w(StringBuilder o, Integer v) {
        if (v == null) o.append("null"); else o.append(v.intValue());
    }

    static void w(StringBuilder o, Long v) {
        if (v == null) o.append("null"); else o.append(v.longValue());
    }

    static void w(StringBuilder o, Double v) {
        if (v == null) o.append("null"); else w(o, v.doubleValue());
    }

    static void w(StringBuilder o, Boolean v) {
        if (v == null) o.append("null"); else w(o, v.booleanValue());
    }

    static void w(StringBuilder o, Character v) {
        if (v == null) o.append("null"); else w(o, v.charValue());
    }

    static void wu32(StringBuilder o, Integer v) {
        if (v == null) o.append("null"); else wu32(o, v.intValue());
    }

    private static void esc(StringBuilder o, char c) {
        switch (c) {
            case '"': o.append("\\\""); break;
            case '\\': o.append("\\\\"); break;
            case '\n': o.append("\\n"); break;
            case '\r': o.append("\\r"); break;
            case '\t': o.append("\\t"); break;
            case '\b': o.append("\\b"); break;
            case '\f': o.append("\\f"); break;
            default:
                if (c < 0x20) {
                    o.append("\\u00");
                    o.append(Character.forDigit(c >> 4, 16));
                    o.append(Character.forDigit(c & 15, 16));
                } else {
                    o.append(c);
                }
        }
    }

    // ---- one case

    /** Node objects made from the input, to tell a returned copy from the original. */
    static final Set<Object> INPUTS = Collections.newSetFromMap(new IdentityHashMap<Object, Boolean>());
    static boolean aliased;

    private static int k;
    private static boolean begun;
    private static boolean stopped;
    private static long t0;
    private static long t1;
    private static PrintStream caseOut;
    /** The judged value's JSON (the generated code appends to it). */
    static StringBuilder out = new StringBuilder();
    private static String errorType;
    private static String errorMessage;
    private static String badOutput;

    /** Reads the next case's index; false at the end of the input. */
    static boolean next() {
        skip();
        if (pos >= in.length) {
            return false;
        }
        k = i32();
        begun = false;
        stopped = false;
        aliased = false;
        INPUTS.clear();
        out.setLength(0);
        errorType = null;
        errorMessage = null;
        badOutput = null;
        return true;
    }

    /** Right before the user's code: prints go to stdout.k, the `start` record, the clock. */
    static void begin() {
        try {
            caseOut = new PrintStream(new BufferedOutputStream(new PrepCappedOut(new FileOutputStream("stdout.".concat(Integer.toString(k)))), 1 << 16), false, "UTF-8");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        System.setOut(caseOut);
        begun = true;
        record("{\"ev\":\"start\",\"k\":".concat(Integer.toString(k)).concat("}"));
        t0 = threads.getCurrentThreadCpuTime();
    }

    /** Right after the user's code returned. */
    static void stop() {
        t1 = threads.getCurrentThreadCpuTime();
        stopped = true;
    }

    /** The user's code threw `e`; `call` names the design-class call it was in, or null. */
    static void fail(Throwable e, String call) {
        if (!stopped) {
            stop();
        }
        out.setLength(0);
        if (e instanceof PrepOutputLimit) {
            errorType = "OutputLimit";
            errorMessage = e.getMessage();
            return;
        }
        if (e instanceof OutOfMemoryError) {
            errorType = "MemoryError";
            errorMessage = "java.lang.OutOfMemoryError: ".concat(String.valueOf(e.getMessage()));
            return;
        }
        errorType = e.getClass().getSimpleName();
        StringBuilder m = new StringBuilder();
        if (e instanceof StackOverflowError) {
            m.append("java.lang.StackOverflowError: the recursion went deeper than the stack allows (")
                    .append(STACK >> 20).append(" MiB): is there a base case missing?");
        } else {
            m.append(e.toString());
        }
        frames(m, e);
        Throwable cause = e.getCause();
        if (cause != null && cause != e) {
            m.append("\nCaused by: ").append(cause.toString());
            frames(m, cause);
        }
        if (call != null) {
            m.append("\n(").append(call).append(')');
        }
        errorMessage = m.toString();
    }

    /** The user's own frames of `e`, innermost first; a long run of them is cut. */
    private static void frames(StringBuilder m, Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        int shown = 0;
        int more = 0;
        for (StackTraceElement f : trace) {
            if (!userFile.equals(f.getFileName())) {
                continue;
            }
            if (shown < 8) {
                m.append("\n  at ").append(f.getClassName()).append('.').append(f.getMethodName())
                        .append('(').append(display).append(':').append(f.getLineNumber()).append(')');
                shown++;
            } else {
                more++;
            }
        }
        if (more > 0) {
            m.append("\n  ... ").append(more).append(" more frames of your code");
        }
    }

    /** The answer could not be encoded (or, before the user's code ran, prep failed). */
    static void badOutput(Throwable e) {
        if (!begun) {
            harnessFailure(e);
            return;
        }
        out.setLength(0);
        if (e instanceof PrepBadOutput) {
            badOutput = e.getMessage();
        } else if (e instanceof OutOfMemoryError) {
            errorType = "MemoryError";
            errorMessage = "java.lang.OutOfMemoryError while encoding the answer";
        } else {
            badOutput = "the answer cannot be encoded: ".concat(e.toString());
        }
    }

    /** The harness itself failed on this case (a bug in prep): said as an error of the case. */
    static void harnessFailure(Throwable e) {
        if (!begun) {
            begin();
        }
        if (!stopped) {
            stop();
        }
        out.setLength(0);
        errorType = "PrepHarnessError";
        errorMessage = "prep's Java harness failed: ".concat(e.toString());
    }

    /** The `done` record of the case. */
    static void finish() {
        if (!begun) {
            begin();
        }
        if (!stopped) {
            stop();
        }
        boolean flood = false;
        try {
            caseOut.flush();
            flood = caseOut.checkError();
            caseOut.close();
        } catch (PrepOutputLimit e) {
            flood = true;
        }
        System.setOut(realOut);
        if (flood && errorType == null) {
            errorType = "OutputLimit";
            errorMessage = "printed more than the output limit";
        }
        StringBuilder r = new StringBuilder(out.length() + 128);
        r.append("{\"ev\":\"done\",\"k\":").append(k);
        if (errorType != null) {
            r.append(",\"error\":{\"type\":");
            w(r, errorType);
            r.append(",\"message\":");
            w(r, errorMessage);
            r.append('}');
        } else if (badOutput != null) {
            r.append(",\"bad_output\":");
            w(r, badOutput);
        } else {
            r.append(",\"value\":").append(out).append(",\"aliased\":").append(aliased);
        }
        r.append(",\"cpu_ms\":").append((t1 - t0) / 1e6).append(",\"mem_kb\":").append(vmHwmKb()).append("}");
        out.setLength(0);
        if (out.capacity() > 1 << 20) {
            out = new StringBuilder();
        }
        record(r.toString());
    }

    static void record(String line) {
        try {
            byte[] bytes = line.concat("\n").getBytes(StandardCharsets.UTF_8);
            records.write(bytes);
        } catch (IOException e) {
            // The judge went away: nothing is listening any more.
            Runtime.getRuntime().halt(3);
        }
    }

    private static long vmHwmKb() {
        try (FileInputStream f = new FileInputStream("/proc/self/status")) {
            byte[] b = f.readAllBytes();
            String s = new String(b, StandardCharsets.ISO_8859_1);
            int i = s.indexOf("VmHWM:");
            if (i < 0) {
                return 0;
            }
            i += 6;
            while (s.charAt(i) == ' ' || s.charAt(i) == '\t') {
                i++;
            }
            long v = 0;
            while (Character.isDigit(s.charAt(i))) {
                v = v * 10 + (s.charAt(i++) - '0');
            }
            return v;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Every case ran: end without waiting for threads the solution may have left. */
    static void exit() {
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
