class Codec:
    def encode(self, strs: List[str]) -> str:
        # Bug: assumes no string contains a newline.
        return "\n".join(strs)

    def decode(self, s: str) -> List[str]:
        return s.split("\n")
