"""The do-nothing program of each language, started the way prep starts a solution: the floor
under any submit's wall time. Shared by the benchmarks that compare a submit against it."""
import os
import subprocess
import sys

EXT = {"python": ".py", "cpp": ".cpp", "rust": ".rs", "java": ".java", "javascript": ".js"}


def bare_command(lang, scratch):
    """The command that starts a do-nothing program in `lang`, built in `scratch` if it needs
    a build (prep's own flags: `-B -S` for Python, the JVM's start-up flags for Java)."""
    if lang == "python":
        return [sys.executable, "-B", "-S", "-c", "pass"]
    if lang in ("javascript", "typescript"):
        return ["node", "-e", "0"]
    if lang == "java":
        with open(os.path.join(scratch, "Hello.java"), "w") as f:
            f.write("class Hello { public static void main(String[] a) {} }\n")
        subprocess.run(["javac", "-d", scratch, os.path.join(scratch, "Hello.java")], check=True)
        return ["java", "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xshare:auto", "-cp", scratch, "Hello"]
    src = os.path.join(scratch, "hello" + EXT[lang])
    exe = os.path.join(scratch, "hello-" + lang)
    if lang == "cpp":
        with open(src, "w") as f:
            f.write("int main() { return 0; }\n")
        subprocess.run(["g++", "-O2", src, "-o", exe], check=True)
    else:
        with open(src, "w") as f:
            f.write("fn main() {}\n")
        subprocess.run(["rustc", "-O", src, "-o", exe], check=True)
    return [exe]
