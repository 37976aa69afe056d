class Codec:
    def encode(self, strs: List[str]) -> str:
        # Bug: the length is written with nothing after it, so a string that starts with a
        # digit makes the decoder read a longer length.
        return "".join(str(len(s)) + s for s in strs)

    def decode(self, s: str) -> List[str]:
        out = []
        i = 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] in "0123456789":
                j += 1
            length = int(s[i:j]) if j > i else 0
            out.append(s[j : j + length])
            i = max(j + length, i + 1)
        return out
