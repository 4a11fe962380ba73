// Round-trips function returns through the generated Java classes (tests/clients/test_languages.py).
//
// Reads one JSON value a line on standard input; for each, writes one line: "ok\t" and the
// value decoded into FunctionReturnValue and encoded again (Converter, as generated), or
// "error\t" and the error, as a JSON string.
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.functionreturn.contract.Converter;
import dev.functionreturn.contract.FunctionReturnValue;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

public class RoundTrip {
    public static void main(String[] args) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        ObjectMapper quoter = new ObjectMapper();
        String line;
        while ((line = in.readLine()) != null) {
            try {
                FunctionReturnValue value = Converter.fromJsonString(line);
                out.println("ok\t" + Converter.toJsonString(value));
            } catch (Exception error) {
                out.println("error\t" + quoter.writeValueAsString(String.valueOf(error.getMessage())));
            }
        }
        out.flush();
    }
}
