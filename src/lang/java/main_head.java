import java.util.*;

@SuppressWarnings({"unchecked", "rawtypes"})
final class PrepMain implements Runnable {
    public static void main(String[] args) throws Exception {
        PrepRt.start(args);
        Thread cases = new Thread(null, new PrepMain(), "main", PrepRt.STACK);
        cases.start();
        cases.join();
        PrepRt.exit();
    }

    @Override
    public void run() {
        while (PrepRt.next()) {
            try {
                one();
            } catch (Throwable e) {
                PrepRt.badOutput(e);
            }
            PrepRt.finish();
        }
    }

