class Codec:
    def encode(self, strs: List[str]) -> str:
        # Every string is written as its character codes in brackets: "[104 105]" for "hi".
        return "".join("[" + " ".join(str(ord(c)) for c in s) + "]" for s in strs)

    def decode(self, s: str) -> List[str]:
        out = []
        for part in s[1:-1].split("]["):
            out.append("".join(chr(int(x)) for x in part.split(" ")) if part else "")
        return out if s else []
