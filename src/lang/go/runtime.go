// prep's Go runtime: the static half of the harness (the generated prep_main.go is the other
// half). It reads the token stream on stdin (docs/design.md, "Token stream"), writes records
// on fd 3, points fd 1 at `stdout.k` during case k, times each case with the process's CPU
// clock and turns a panic into the case's error. Every name starts with `prep`: the user's
// file shares this package.

package main

import (
	"math"
	"os"
	"os/signal"
	"sync/atomic"
	"reflect"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
)

// ---- input ----------------------------------------------------------------------------------

type prepInput struct {
	data []byte
	pos  int
}

var prepIn prepInput

func (in *prepInput) word() []byte {
	d := in.data
	i := in.pos
	for i < len(d) && (d[i] == ' ' || d[i] == '\n') {
		i++
	}
	start := i
	for i < len(d) && d[i] != ' ' && d[i] != '\n' {
		i++
	}
	in.pos = i
	return d[start:i]
}

func (in *prepInput) more() bool {
	for in.pos < len(in.data) && (in.data[in.pos] == ' ' || in.data[in.pos] == '\n') {
		in.pos++
	}
	return in.pos < len(in.data)
}

func (in *prepInput) integer() int64 {
	n, _ := strconv.ParseInt(string(in.word()), 10, 64)
	return n
}

func (in *prepInput) length() int { return int(in.integer()) }

func (in *prepInput) float() float64 {
	f, _ := strconv.ParseFloat(string(in.word()), 64)
	return f
}

func (in *prepInput) boolean() bool { return string(in.word()) == "1" }

func (in *prepInput) str() string {
	n := in.length()
	// Exactly one space between the length and the bytes.
	start := prepMin(in.pos+1, len(in.data))
	end := prepMin(start+n, len(in.data))
	in.pos = end
	return string(in.data[start:end])
}

// Go 1.21's min, for older toolchains (doctor says what else they lack).
func prepMin(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func (in *prepInput) char() byte {
	s := in.str()
	if s == "" {
		return 0
	}
	return s[0]
}

// A tree's level order: ok[i] is false for a null.
func (in *prepInput) levelOrder() ([]int, []bool) {
	n := in.length()
	vals, ok := make([]int, n), make([]bool, n)
	for i := range vals {
		w := in.word()
		if string(w) != "n" {
			v, _ := strconv.Atoi(string(w))
			vals[i], ok[i] = v, true
		}
	}
	return vals, ok
}

// ---- output ---------------------------------------------------------------------------------

// prepJSON is a case's answer as JSON, and whether it shares a node with the input.
type prepJSON struct {
	b       []byte
	aliased bool
}

// prepBadOutput, panicked while writing an answer, is an answer that cannot be judged.
type prepBadOutput string

func (j *prepJSON) raw(s string) { j.b = append(j.b, s...) }

func (j *prepJSON) str(s string) {
	j.b = append(j.b, '"')
	for _, r := range s {
		switch {
		case r == '"':
			j.raw(`\"`)
		case r == '\\':
			j.raw(`\\`)
		case r == '\n':
			j.raw(`\n`)
		case r == '\r':
			j.raw(`\r`)
		case r == '\t':
			j.raw(`\t`)
		case r < 0x20:
			j.raw(`\u00`)
			j.b = append(j.b, "0123456789abcdef"[r>>4], "0123456789abcdef"[r&15])
		default:
			j.b = append(j.b, string(r)...)
		}
	}
	j.b = append(j.b, '"')
}

// prepPutters write the node types the signature uses (list.go, tree.go, ...).
var prepPutters []func(j *prepJSON, v any) bool

// prepPut writes a value of one of the contract's Go types.
func prepPut(j *prepJSON, v any) {
	switch x := v.(type) {
	case nil:
		j.raw("null")
	case int:
		j.b = strconv.AppendInt(j.b, int64(x), 10)
	case int64:
		j.b = strconv.AppendInt(j.b, x, 10)
	case int32:
		j.b = strconv.AppendInt(j.b, int64(x), 10)
	case uint32:
		j.b = strconv.AppendUint(j.b, uint64(x), 10)
	case float64:
		if math.IsInf(x, 0) || math.IsNaN(x) {
			panic(prepBadOutput("the answer holds a non-finite number (" + strconv.FormatFloat(x, 'g', -1, 64) + ")"))
		}
		// The shortest form that reads back as the same double, and a double to JSON
		// readers: `3.0`, not `3`.
		f := strconv.FormatFloat(x, 'g', -1, 64)
		if !strings.ContainsAny(f, ".e") {
			f += ".0"
		}
		j.raw(f)
	case bool:
		j.b = strconv.AppendBool(j.b, x)
	case string:
		j.str(x)
	case byte:
		j.str(string(rune(x)))
	case []int:
		j.raw("[")
		for i, e := range x {
			if i > 0 {
				j.raw(",")
			}
			j.b = strconv.AppendInt(j.b, int64(e), 10)
		}
		j.raw("]")
	default:
		for _, put := range prepPutters {
			if put(j, v) {
				return
			}
		}
		r := reflect.ValueOf(v)
		if r.Kind() != reflect.Slice {
			panic(prepBadOutput("prep cannot write a " + r.Type().String()))
		}
		j.raw("[")
		for i := 0; i < r.Len(); i++ {
			if i > 0 {
				j.raw(",")
			}
			prepPut(j, r.Index(i).Interface())
		}
		j.raw("]")
	}
}

// prepJSONOf is a value's JSON, for an error's message.
func prepJSONOf(v any) string {
	j := &prepJSON{}
	prepPut(j, v)
	return string(j.b)
}

// ---- records and clocks ---------------------------------------------------------------------

func prepWrite(fd int, b []byte) {
	for len(b) > 0 {
		n, err := syscall.Write(fd, b)
		if err == syscall.EINTR {
			continue
		}
		if n <= 0 {
			return
		}
		b = b[n:]
	}
}

func prepRecord(line string) { prepWrite(3, []byte(line+"\n")) }

// prepCPU is the process's CPU time (every thread's: the collector's too) in milliseconds.
func prepCPU() float64 {
	var u syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &u)
	return float64(u.Utime.Nano()+u.Stime.Nano()) / 1e6
}

// prepPeakKB is the process's peak resident memory.
func prepPeakKB() int64 {
	if data, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(line, "VmHWM:") {
				f := strings.Fields(line)
				if len(f) > 1 {
					n, _ := strconv.ParseInt(f[1], 10, 64)
					return n
				}
			}
		}
	}
	var u syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &u)
	if runtime.GOOS == "darwin" {
		return int64(u.Maxrss) / 1024
	}
	return int64(u.Maxrss)
}

// ---- running cases --------------------------------------------------------------------------

var (
	prepRealStdout int
	// The case that runs (-1: none), and its CPU clock at its start.
	prepCurrent = atomic.Int64{}
	prepStarted = atomic.Uint64{}
	// The user's file as the user named it (the build's `//line` directive uses it too).
	prepDisplay = "solution.go"
)

// prepStart reads all of stdin (skipping the JSON header line), points fd 0 at /dev/null and
// says `loaded`.
func prepStart() {
	if len(os.Args) > 1 {
		prepDisplay = os.Args[1]
	}
	// A goroutine's stack grows on the heap up to this (Go's own default is 1 GB): an
	// endless recursion is a stack overflow before it is a memory limit.
	if n, err := strconv.Atoi(os.Getenv("PREP_GO_MAX_STACK")); err == nil && n > 0 {
		debug.SetMaxStack(n)
	}
	data, _ := readAllStdin()
	body := len(data)
	for i, b := range data {
		if b == '\n' {
			body = i + 1
			break
		}
	}
	if null, err := os.Open(os.DevNull); err == nil {
		prepDup(int(null.Fd()), 0)
		null.Close()
	}
	prepRealStdout, _ = syscall.Dup(1)
	prepCurrent.Store(-1)
	// Go ignores the file-size limit's signal and a print loop would go on past it: the
	// case ends here as an output limit.
	flood := make(chan os.Signal, 1)
	signal.Notify(flood, syscall.SIGXFSZ)
	go func() {
		<-flood
		k := prepCurrent.Load()
		if k < 0 {
			os.Exit(3)
		}
		cpu := prepCPU() - math.Float64frombits(prepStarted.Load())
		prepRecord(`{"ev":"done","k":` + strconv.FormatInt(k, 10) + `,"error":{"type":"OutputLimit","message":"the output passed the file-size limit"},"cpu_ms":` + strconv.FormatFloat(cpu, 'f', 3, 64) + `,"mem_kb":` + strconv.FormatInt(prepPeakKB(), 10) + "}")
		os.Exit(0)
	}()
	prepIn = prepInput{data: data, pos: body}
	prepRecord(`{"ev":"loaded"}`)
}

func readAllStdin() ([]byte, error) {
	var data []byte
	chunk := make([]byte, 1<<16)
	for {
		n, err := syscall.Read(0, chunk)
		if n > 0 {
			data = append(data, chunk[:n]...)
		}
		if err == syscall.EINTR || err == syscall.EAGAIN {
			continue
		}
		if n <= 0 {
			return data, err
		}
	}
}

// prepWhere is the panic's place in the user's file, from the stack of the panicking goroutine.
func prepWhere(stack string) string {
	lines := strings.Split(stack, "\n")
	// Frames after the runtime's `panic(...)` are the panicking code's, innermost first.
	from := 0
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") {
			from = i
			break
		}
	}
	var places []string
	for i := from; i+1 < len(lines) && len(places) < 8; i++ {
		file := strings.TrimSpace(lines[i+1])
		// The build names the user's file `solution.go` (a `//line` directive), which Go
		// places in the build folder.
		if at := strings.LastIndex(file, "/solution.go:"); at >= 0 || strings.HasPrefix(file, "solution.go:") {
			file = prepDisplay + file[at+len("/solution.go"):]
			if at := strings.LastIndex(file, " +0x"); at > 0 {
				file = file[:at]
			}
			fn := lines[i]
			if at := strings.LastIndex(fn, "("); at > 0 {
				fn = fn[:at]
			}
			places = append(places, "\tat "+strings.TrimPrefix(fn, "main.")+" ("+file+")")
		}
	}
	return strings.Join(places, "\n")
}

// prepCase runs case k: `body` calls the user's code and writes the answer. `describe` names
// a design class's call that failed. Reports whether the case ended without a panic.
func prepCase(k int, describe func() string, body func(j *prepJSON)) bool {
	if f, err := os.Create("stdout." + strconv.Itoa(k)); err == nil {
		prepDup(int(f.Fd()), 1)
		f.Close()
	}
	prepRecord(`{"ev":"start","k":` + strconv.Itoa(k) + `}`)
	j := &prepJSON{}
	var failure *prepJSON
	bad := ""
	t0 := prepCPU()
	prepStarted.Store(math.Float64bits(t0))
	prepCurrent.Store(int64(k))
	func() {
		defer func() {
			r := recover()
			if r == nil {
				return
			}
			if why, ok := r.(prepBadOutput); ok {
				bad = string(why)
				return
			}
			message := "panic: "
			switch e := r.(type) {
			case error:
				message += e.Error()
			case string:
				message += e
			default:
				message += prepJSONOf(reflect.ValueOf(r).String())
			}
			if where := prepWhere(string(debug.Stack())); where != "" {
				message += "\n" + where
			}
			if describe != nil {
				message += "\n(" + describe() + ")"
			}
			failure = &prepJSON{}
			failure.str(message)
		}()
		body(j)
	}()
	cpu := prepCPU() - t0
	prepCurrent.Store(-1)
	prepDup(prepRealStdout, 1)
	done := `{"ev":"done","k":` + strconv.Itoa(k) + `,`
	switch {
	case failure != nil:
		done += `"error":{"type":"panic","message":` + string(failure.b) + `}`
	case bad != "":
		b := &prepJSON{}
		b.str(bad)
		done += `"bad_output":` + string(b.b)
	default:
		done += `"value":` + string(j.b) + `,"aliased":` + strconv.FormatBool(j.aliased)
	}
	done += `,"cpu_ms":` + strconv.FormatFloat(cpu, 'f', 3, 64) + `,"mem_kb":` + strconv.FormatInt(prepPeakKB(), 10) + "}"
	prepRecord(done)
	return failure == nil
}
