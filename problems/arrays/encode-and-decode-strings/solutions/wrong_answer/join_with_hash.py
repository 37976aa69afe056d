class Codec:
    def encode(self, strs: List[str]) -> str:
        # Bug: a plain separator; a string that contains '#' is split in two.
        return "#".join(strs)

    def decode(self, s: str) -> List[str]:
        return s.split("#")
