// Round-trips function returns through the generated Go types (tests/clients/test_languages.py).
//
// Reads one JSON value a line on standard input; for each, writes one line: "ok\t" and the
// value decoded into FunctionReturnValue and encoded again, or "error\t" and the decoding or
// encoding error, quoted.
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"strconv"

	fr "roundtrip/functionreturn"
)

func main() {
	scanner := bufio.NewScanner(os.Stdin)
	scanner.Buffer(make([]byte, 1<<20), 1<<26)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for scanner.Scan() {
		var value fr.FunctionReturnValue
		if err := json.Unmarshal(scanner.Bytes(), &value); err != nil {
			fmt.Fprintf(out, "error\t%s\n", strconv.Quote(err.Error()))
			continue
		}
		encoded, err := json.Marshal(&value)
		if err != nil {
			fmt.Fprintf(out, "error\t%s\n", strconv.Quote(err.Error()))
			continue
		}
		fmt.Fprintf(out, "ok\t%s\n", encoded)
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
