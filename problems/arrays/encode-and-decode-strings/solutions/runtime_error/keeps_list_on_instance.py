class Codec:
    def encode(self, strs: List[str]) -> str:
        # Bug: the list is kept on the object instead of in the string. decode runs on
        # another Codec object, which never saw it.
        self.saved = list(strs)
        return ""

    def decode(self, s: str) -> List[str]:
        return self.saved
