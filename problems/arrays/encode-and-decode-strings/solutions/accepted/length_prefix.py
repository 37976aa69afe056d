class Codec:
    def encode(self, strs: List[str]) -> str:
        # Each string becomes "<length>#<string>". The length says exactly how many
        # characters follow, so what the string contains (even '#' or digits) never matters.
        return "".join(str(len(s)) + "#" + s for s in strs)

    def decode(self, s: str) -> List[str]:
        out = []
        i = 0
        while i < len(s):
            j = s.index("#", i)
            length = int(s[i:j])
            out.append(s[j + 1 : j + 1 + length])
            i = j + 1 + length
        return out
